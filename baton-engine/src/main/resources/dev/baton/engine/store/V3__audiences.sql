-- Saved audiences, their versions and label claims. Timestamps are UTC.
-- Content lives in schema baton_audiences, one table per version, named a<audience_id>_v<version>.
CREATE SCHEMA IF NOT EXISTS baton_audiences;
-- Audience ids; a sequence so that two processes never pick the same one (a failed first save uses one up).
CREATE SEQUENCE baton_meta.audience_ids;
-- Who owns a label: one row per normalised label (trimmed, lower-case). The primary key is what enforces
-- "a label is unique across all campaigns", also when two processes claim it at once.
-- published: false for a draft's claim made at apply (freed when the draft is deleted), true from publish or first save.
CREATE TABLE baton_meta.audience_labels (
    label_key VARCHAR PRIMARY KEY,
    label VARCHAR NOT NULL,
    campaign_id VARCHAR NOT NULL,
    activity_id VARCHAR NOT NULL,
    published BOOLEAN NOT NULL,
    claimed_at TIMESTAMP NOT NULL
);
-- One row per audience saved at least once; current_version is what readers get, switched in the save's transaction.
CREATE TABLE baton_meta.audiences (
    audience_id BIGINT PRIMARY KEY,
    label_key VARCHAR NOT NULL UNIQUE,
    label VARCHAR NOT NULL,
    campaign_id VARCHAR NOT NULL,
    activity_id VARCHAR NOT NULL,
    target_dimension VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    identity_namespace VARCHAR NOT NULL,
    current_version INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL
);
-- One row per save; dropped: the content table was dropped by retention (only the last versions are kept).
CREATE TABLE baton_meta.audience_versions (
    audience_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    table_name VARCHAR NOT NULL,
    target_dimension VARCHAR NOT NULL,
    entity VARCHAR NOT NULL,
    identity_namespace VARCHAR NOT NULL,
    row_count BIGINT NOT NULL,
    distinct_profiles BIGINT NOT NULL,
    skipped_empty_identity BIGINT NOT NULL,
    run_id BIGINT NOT NULL,
    saved_at TIMESTAMP NOT NULL,
    dropped BOOLEAN NOT NULL,
    PRIMARY KEY (audience_id, version)
);
-- The columns of each version's content table, in order; role IDENTITY, SOURCE_KEY or MAPPED; type an attribute type.
CREATE TABLE baton_meta.audience_fields (
    audience_id BIGINT NOT NULL,
    version INTEGER NOT NULL,
    position INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    PRIMARY KEY (audience_id, version, position)
);
-- Lineage: which campaigns' runs read an audience.
CREATE TABLE baton_meta.audience_reads (
    audience_id BIGINT NOT NULL,
    campaign_id VARCHAR NOT NULL,
    run_id BIGINT NOT NULL,
    read_at TIMESTAMP NOT NULL,
    PRIMARY KEY (audience_id, campaign_id, run_id)
);
