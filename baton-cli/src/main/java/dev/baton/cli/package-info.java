/**
 * The {@code baton} command line: picocli commands that parse arguments, call
 * {@link dev.baton.engine.CampaignService} and print text or JSON. Error mapping to exit codes is in
 * {@link dev.baton.cli.Main} only.
 */
package dev.baton.cli;
