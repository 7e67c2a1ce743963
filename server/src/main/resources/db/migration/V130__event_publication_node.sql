-- Which node published each event publication (docs/cluster.md, "Resubmission"): in a cluster a node hands again only
-- its own incomplete publications; another node's are taken over only after tangier.events.take-over-after. Left
-- empty on a single node, whose publications are all its own.
ALTER TABLE event_publication ADD COLUMN node_id VARCHAR(200);
