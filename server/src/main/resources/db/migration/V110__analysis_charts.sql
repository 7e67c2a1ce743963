-- Link charts saved in an operation: the node ids the saver's agency could see, their positions and pins, and the
-- chart's filter, as JSON. Only ids are kept, never captions: whoever reopens the chart gets the nodes again from the
-- link graph, through its own agency's view, so a node it may not see stays absent.
create table analysis_chart (
    id           uuid primary key,
    operation_id uuid         not null,
    name         varchar(200) not null,
    agency       varchar(16)  not null references agency (code),
    saved_by     varchar(128) not null,
    saved_at     timestamp with time zone not null,
    content      text         not null
);
create index analysis_chart_operation_idx on analysis_chart (operation_id, saved_at);
