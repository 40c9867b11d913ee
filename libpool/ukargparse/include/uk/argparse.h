/* Command-line splitting. */
#ifndef __UK_ARGPARSE_H__
#define __UK_ARGPARSE_H__

#ifdef __cplusplus
extern "C" {
#endif

/* Splits the command line in @argb (at most @maxlen bytes, NUL-terminated;
 * without a NUL, its last byte is taken as one) in place into at most
 * @maxcount arguments stored in @argv; further arguments are ignored.
 *
 * Arguments are separated by blanks (space, tab, newline, CR). Inside
 * '...' every character is literal; inside "..." a backslash escapes only
 * '"' and '\'; elsewhere a backslash makes the next character literal.
 * Quotes may join parts ('a'"b"c is abc) and '' is an empty argument.
 * Returns the number of arguments (argv is not NULL-terminated). */
int uk_argnparse(char *argb, unsigned long maxlen, char *argv[], int maxcount);

#ifdef __cplusplus
}
#endif

#endif
