/**
 * What one month of published figures says about an area (a municipality, a province or NL): the model behind the
 * monthly reports and the dashboard, built from the published gold tables only ({@code nl.vroeg.lake.published}).
 */
package nl.vroeg.lake.published.area;
