#include <uk/argparse.h>

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Reads with r and writes with w behind it: unquoting only shrinks. */
int uk_argnparse(char *argb, unsigned long maxlen, char *argv[], int maxcount)
{
	char *r, *w, *end, quote = 0;
	int argc = 0, inarg = 0;

	if (!argb || !maxlen || maxcount <= 0)
		return 0;
	end = argb + maxlen - 1;	/* room for the final NUL */
	for (r = w = argb; r < end && *r; r++) {
		if (!quote && blank(*r)) {
			if (inarg)
				*w++ = '\0';
			inarg = 0;
			continue;
		}
		if (!inarg) {
			if (argc == maxcount)
				break;
			argv[argc++] = w;
			inarg = 1;
		}
		if (quote == '\'') {
			if (*r == '\'')
				quote = 0;
			else
				*w++ = *r;
		} else if (*r == '\\' && r + 1 < end && r[1] &&
			   (!quote || r[1] == '"' || r[1] == '\\')) {
			*w++ = *++r;
		} else if (quote && *r == quote) {
			quote = 0;
		} else if (!quote && (*r == '"' || *r == '\'')) {
			quote = *r;
		} else {
			*w++ = *r;
		}
	}
	if (inarg)
		*w = '\0';
	return argc;
}
