#include <string.h>
#include <errno.h>

/* The common errors only: each message costs image size. */
char *strerror(int err)
{
	switch (err) {
	case 0:			return "Success";
	case EPERM:		return "Operation not permitted";
	case ENOENT:		return "No such file or directory";
	case EINTR:		return "Interrupted system call";
	case EIO:		return "Input/output error";
	case E2BIG:		return "Argument list too long";
	case EBADF:		return "Bad file descriptor";
	case EAGAIN:		return "Resource temporarily unavailable";
	case ENOMEM:		return "Cannot allocate memory";
	case EACCES:		return "Permission denied";
	case EFAULT:		return "Bad address";
	case EBUSY:		return "Device or resource busy";
	case EEXIST:		return "File exists";
	case ENODEV:		return "No such device";
	case ENOTDIR:		return "Not a directory";
	case EISDIR:		return "Is a directory";
	case EINVAL:		return "Invalid argument";
	case EMFILE:		return "Too many open files";
	case ENOSPC:		return "No space left on device";
	case ESPIPE:		return "Illegal seek";
	case EPIPE:		return "Broken pipe";
	case EDOM:		return "Numerical argument out of domain";
	case ERANGE:		return "Numerical result out of range";
	case ENAMETOOLONG:	return "File name too long";
	case ENOSYS:		return "Function not implemented";
	case ENOTSUP:		return "Operation not supported";
	case EOVERFLOW:		return "Value too large for defined data type";
	case ETIMEDOUT:		return "Connection timed out";
	case ECONNREFUSED:	return "Connection refused";
	case ECONNRESET:	return "Connection reset by peer";
	case EADDRINUSE:	return "Address already in use";
	case ENOTCONN:		return "Transport endpoint is not connected";
	case EINPROGRESS:	return "Operation now in progress";
	/* what a network server meets (nginx logs them) */
	case ECONNABORTED:	return "Software caused connection abort";
	case ENOTSOCK:		return "Socket operation on non-socket";
	case ENOBUFS:		return "No buffer space available";
	case ENETDOWN:		return "Network is down";
	case ENETUNREACH:	return "Network is unreachable";
	case EHOSTUNREACH:	return "No route to host";
	case EADDRNOTAVAIL:	return "Cannot assign requested address";
	case EAFNOSUPPORT:	return "Address family not supported by protocol";
	case EPROTONOSUPPORT:	return "Protocol not supported";
	case ENOPROTOOPT:	return "Protocol not available";
	case EISCONN:		return "Transport endpoint is already connected";
	case EALREADY:		return "Operation already in progress";
	case EMSGSIZE:		return "Message too long";
	case EDESTADDRREQ:	return "Destination address required";
	case ECANCELED:		return "Operation canceled";
	default:		return "Unknown error";
	}
}
