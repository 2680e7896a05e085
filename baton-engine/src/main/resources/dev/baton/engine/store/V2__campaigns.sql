-- Campaigns and their versions (campaigns as code; see docs/lifecycle.md). Timestamps are UTC.
-- A campaign exists once its file has been applied; each version holds the file's text exactly as applied.
-- Statuses: DRAFT, LIVE, COMPLETED, STOPPED, ARCHIVED. At most one version is DRAFT (the latest) and at most one LIVE.
CREATE TABLE baton_meta.campaigns (
    campaign_id VARCHAR NOT NULL PRIMARY KEY,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
-- No foreign key to campaigns: DuckDB checks foreign keys per statement, so the lifecycle service removes both in one
-- transaction instead.
CREATE TABLE baton_meta.campaign_versions (
    campaign_id VARCHAR NOT NULL,
    version INTEGER NOT NULL,
    status VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    format VARCHAR NOT NULL,
    file_name VARCHAR,
    definition TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP,
    completed_at TIMESTAMP,
    stopped_at TIMESTAMP,
    archived_at TIMESTAMP,
    PRIMARY KEY (campaign_id, version),
    CHECK (version >= 1),
    CHECK (status IN ('DRAFT', 'LIVE', 'COMPLETED', 'STOPPED', 'ARCHIVED')),
    CHECK (format IN ('yaml', 'json'))
);
