-- Face cross-searches: a BLACK notice's subject's face searched against every enrolled person. The search is stored
-- as any face search (the notice owner's examiner decides on it); notice_id and probe_person_id say where it came
-- from, so that a notice handed over again does not search twice.
alter table face_search add column notice_id uuid;
alter table face_search add column probe_person_id uuid;
create index face_search_notice_idx on face_search (notice_id, probe_person_id);

-- Re-enrolment after a model change finds the faces of other models by their template_model.
create index face_template_model_idx on face (template_model);
