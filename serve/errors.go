package serve

import (
	"context"
	"errors"
	"net/http"

	"dyad"
)

// Error codes of the HTTP layer, beside the root package's.
const (
	EUNAUTHORIZED = "unauthorized"       // a write without the server's token
	EREADONLY     = "read_only"          // a write to a server started without a token
	ETOOLARGE     = "too_large"          // a request body or query over its bound
	ETIMEOUT      = "timeout"            // the query ran past the server's time limit
	EMETHOD       = "method_not_allowed" // the path exists with other methods
)

// statuses maps every error code the API returns to its HTTP status.
var statuses = map[string]int{
	dyad.EINVALID:  http.StatusBadRequest,
	dyad.ENOTFOUND: http.StatusNotFound,
	dyad.ECONFLICT: http.StatusConflict,
	dyad.EINTERNAL: http.StatusInternalServerError,
	EUNAUTHORIZED:  http.StatusUnauthorized,
	EREADONLY:      http.StatusForbidden,
	ETOOLARGE:      http.StatusRequestEntityTooLarge,
	ETIMEOUT:       http.StatusServiceUnavailable,
	EMETHOD:        http.StatusMethodNotAllowed,
}

// Status returns the HTTP status of an error code: 500 for a code it does
// not know.
func Status(code string) int {
	if s, ok := statuses[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}

// errorCode returns the API error code of err: a time limit reached is
// ETIMEOUT, a body over its bound ETOOLARGE, else dyad.ErrorCode.
func errorCode(err error) string {
	var mbe *http.MaxBytesError
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return ETIMEOUT
	case errors.As(err, &mbe):
		return ETOOLARGE
	}
	return dyad.ErrorCode(err)
}

// apiError is the JSON body of every error response.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// errorBody returns the body for err. Internal errors are not shown to the
// client (they may name files or SQL): the message says to read the
// server's log.
func errorBody(err error) (int, apiError) {
	var body apiError
	code := errorCode(err)
	body.Error.Code = code
	var de *dyad.Error
	switch {
	case code == ETIMEOUT:
		body.Error.Message = "the query took longer than the server allows; narrow it (dates, actors, codes)"
	case code == ETOOLARGE:
		body.Error.Message = err.Error()
	case errors.As(err, &de) && code != dyad.EINTERNAL:
		body.Error.Message = de.Message
	default:
		body.Error.Message = "internal error: see the server's log"
	}
	return Status(code), body
}
