//go:build race

package gazetteer_test

const raceEnabled = true
