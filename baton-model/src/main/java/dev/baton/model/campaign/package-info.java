/**
 * The campaign graph as defined by the user: activities (one record per type) joined by labelled transitions, and
 * {@link dev.baton.model.campaign.CampaignReader}, which reads campaign files (YAML or JSON, one model) and reports
 * every problem of form at once. Checks against the data model belong to the compiler.
 */
package dev.baton.model.campaign;
