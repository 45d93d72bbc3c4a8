package main

import (
	"fmt"
	"math"
)

// unlimited is what a store is asked for when a --limit or --top is 0: every
// row there is.
const unlimited = math.MaxInt32

// checkLimit checks the value of --name, a number of rows at most: 0 means
// no limit, and is turned into the largest number a store takes; a negative
// number is an error. Every command reads --limit and --top so.
func checkLimit(name string, n *int) error {
	if *n < 0 {
		return fmt.Errorf("--%s %d: want 0 (no limit) or more", name, *n)
	}
	if *n == 0 {
		*n = unlimited
	}
	return nil
}

// checkNotNegative checks the value of --name, a count such as --offset or
// --width that may be 0 but not less.
func checkNotNegative(name string, n int) error {
	if n < 0 {
		return fmt.Errorf("--%s %d: want 0 or more", name, n)
	}
	return nil
}
