// Package mock holds stand-ins for dyad's interfaces whose methods call a
// function field of the same name (HashesFn for Hashes), in the manner of
// Ben Johnson's wtf: a test sets the fields it expects to be called and
// sees, through a method it did not set, an error naming that method. It
// is for tests, and uses the standard library only.
package mock
