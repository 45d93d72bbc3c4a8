package dyad

import (
	"errors"
	"fmt"
)

// Error codes, one per kind of failure a caller may handle differently.
const (
	EINVALID  = "invalid" // bad input or arguments
	ENOTFOUND = "not_found"
	ECONFLICT = "conflict"
	EINTERNAL = "internal"
)

// Error is a failure with a code and a message meant for the user.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error, and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// InputError is a problem with one record of outside input. It names the
// input, and the line or byte offset where the problem is.
//
// Reason is the kind of problem in a few words, without place or detail
// ("invalid JSON", "missing text"), so that reports can group problems of
// one kind; "" when the producer gives none. Err has the detail.
type InputError struct {
	Name   string // file name, or "-" for standard input
	Line   int    // 1-based line, 0 when unknown
	Offset int64  // byte offset of the record, -1 when unknown
	Reason string
	Err    error
}

// Kind returns Reason, or when it is empty the whole message of Err (never a
// part of it: messages hold colons of their own, in dates and quotes).
func (e *InputError) Kind() string {
	switch {
	case e.Reason != "":
		return e.Reason
	case e.Err != nil:
		return e.Err.Error()
	}
	return "unknown"
}

func (e *InputError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err)
	case e.Offset >= 0:
		return fmt.Sprintf("%s: byte %d: %v", e.Name, e.Offset, e.Err)
	default:
		return fmt.Sprintf("%s: %v", e.Name, e.Err)
	}
}

func (e *InputError) Unwrap() error { return e.Err }
