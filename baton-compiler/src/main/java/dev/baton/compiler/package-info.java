/**
 * The compiler's entry point, {@link dev.baton.compiler.CampaignCompiler}: campaign + data model + options in,
 * {@link dev.baton.compiler.CompiledCampaign} (plan and SQL of every activity output) or every problem out. Pure: no
 * JDBC, no threads, no clock; the reference time for relative dates is an input.
 */
package dev.baton.compiler;
