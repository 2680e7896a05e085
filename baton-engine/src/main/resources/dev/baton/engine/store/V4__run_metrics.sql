-- Per-activity figures of a run beyond row counts: audience rows, distinct profiles, skipped rows, unmatched members.
CREATE TABLE baton_meta.run_metrics (
    run_id BIGINT NOT NULL,
    activity_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (run_id, activity_id, name)
);
