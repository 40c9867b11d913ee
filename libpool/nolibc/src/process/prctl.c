/* prctl: the thread name (PR_SET_NAME/PR_GET_NAME, 16 bytes) and the
 * flags daemons set (PR_SET_DUMPABLE & co.) are kept; anything else is
 * EINVAL, as an unknown option is on Linux. */
#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <sys/prctl.h>

static char name[16] = "unikernel";
static int dumpable = 1, keepcaps, nnp;

int prctl(int op, ...)
{
	unsigned long a;
	va_list ap;

	va_start(ap, op);
	a = va_arg(ap, unsigned long);
	va_end(ap);
	switch (op) {
	case PR_SET_NAME:
		strncpy(name, (const char *)a, sizeof(name) - 1);
		return 0;
	case PR_GET_NAME:
		memcpy((char *)a, name, sizeof(name));
		return 0;
	case PR_SET_DUMPABLE: dumpable = a; return 0;
	case PR_GET_DUMPABLE: return dumpable;
	case PR_SET_KEEPCAPS: keepcaps = a; return 0;
	case PR_GET_KEEPCAPS: return keepcaps;
	case PR_SET_NO_NEW_PRIVS: nnp = a; return 0;
	case PR_GET_NO_NEW_PRIVS: return nnp;
	case PR_SET_PDEATHSIG: return 0;
	default:
		errno = EINVAL;
		return -1;
	}
}
