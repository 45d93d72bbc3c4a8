package gazetteer

// Rebuild parses the tables and builds the matcher again, for benchmarks.
func Rebuild() {
	parseCountries(countryData)
	parseOrgs(orgData)
	buildMatcher()
}

// ParseCities reads the embedded city table afresh, as the first use does,
// and returns the number of cities and of names indexed.
func ParseCities() (cities, names int) {
	ix := parseCities(citiesBin)
	return len(ix.cities), len(ix.phrases)
}
