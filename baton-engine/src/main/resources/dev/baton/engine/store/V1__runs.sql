-- Runs, their activities and outputs. Timestamps are UTC.
CREATE TABLE baton_meta.runs (
    run_id BIGINT PRIMARY KEY,
    campaign_id VARCHAR NOT NULL,
    campaign_name VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    dialect VARCHAR NOT NULL,
    reference_time TIMESTAMP NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    error VARCHAR,
    work_tables_dropped BOOLEAN NOT NULL
);
CREATE TABLE baton_meta.run_activities (
    run_id BIGINT NOT NULL,
    activity_id VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    type VARCHAR NOT NULL,
    label VARCHAR NOT NULL,
    dimension VARCHAR NOT NULL,
    status VARCHAR NOT NULL,
    reason VARCHAR,
    elapsed_ms BIGINT NOT NULL,
    PRIMARY KEY (run_id, activity_id)
);
CREATE TABLE baton_meta.run_outputs (
    run_id BIGINT NOT NULL,
    activity_id VARCHAR NOT NULL,
    output VARCHAR NOT NULL,
    position INTEGER NOT NULL,
    work_table VARCHAR NOT NULL,
    row_count BIGINT,
    sql_text VARCHAR NOT NULL,
    PRIMARY KEY (run_id, activity_id, output)
);
