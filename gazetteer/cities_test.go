package gazetteer_test

import (
	"testing"

	"dyad/gazetteer"
)

func TestCities(t *testing.T) {
	cs := gazetteer.Cities()
	if len(cs) < 20000 {
		t.Fatalf("%d cities, want every city of more than 15,000 people (over 20,000)", len(cs))
	}
	for i, c := range cs {
		if c.Name == "" || len(c.Country) != 3 || c.Population <= 15000 ||
			c.Lat < -90 || c.Lat > 90 || c.Lon < -180 || c.Lon > 180 {
			t.Fatalf("bad city %+v", c)
		}
		if i > 0 && cs[i-1].Name > c.Name {
			t.Fatalf("not sorted: %q before %q", cs[i-1].Name, c.Name)
		}
	}
	tests := []struct {
		name, country string
		lat, lon      float64
	}{
		{"Paris", "FRA", 48.85, 2.35}, {"paris", "FRA", 48.85, 2.35}, {"Sao Paulo", "BRA", -23.55, -46.64},
		{"Mombasa", "KEN", -4.05, 39.66}, {"Pristina", "KSV", 42.67, 21.17}, {"Springfield", "USA", 37.2, -93.3},
	}
	for _, tt := range tests {
		c, ok := gazetteer.LookupCity(tt.name)
		if !ok || c.Country != tt.country || abs(c.Lat-tt.lat) > 0.1 || abs(c.Lon-tt.lon) > 0.1 {
			t.Errorf("LookupCity(%q) = %+v, %v; want %s near %.2f,%.2f", tt.name, c, ok, tt.country, tt.lat, tt.lon)
		}
	}
	if _, ok := gazetteer.LookupCity("Nowhereville Upon Sea"); ok {
		t.Error("found a city that does not exist")
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// BenchmarkCityLoad measures reading the embedded city table.
func BenchmarkCityLoad(b *testing.B) {
	for b.Loop() {
		gazetteer.ParseCities()
	}
}

// BenchmarkStartup measures the whole gazetteer start-up: building the
// tables and the matcher, as package init does, and loading the cities.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		gazetteer.Rebuild()
		gazetteer.ParseCities()
	}
}
