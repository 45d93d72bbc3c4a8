package gazetteer

// Rebuild parses the tables and builds the matcher again, for benchmarks.
func Rebuild() {
	parseCountries(countryData)
	parseOrgs(orgData)
	buildMatcher()
}
