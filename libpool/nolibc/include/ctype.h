/* Character classification (C11 7.4), ASCII only ("C" locale). Plain
 * functions, no tables: each is a few instructions and its own member. */
#ifndef _CTYPE_H
#define _CTYPE_H

#ifdef __cplusplus
extern "C" {
#endif

/* Each returns nonzero when @c (an unsigned char value or EOF) is in the
 * class named. */
int isalnum(int c);
int isalpha(int c);
int isblank(int c);	/* space or tab */
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);	/* printable, not space */
int islower(int c);
int isprint(int c);	/* 0x20..0x7e */
int ispunct(int c);	/* printable, not alphanumeric or space */
int isspace(int c);	/* space \t \n \v \f \r */
int isupper(int c);
int isxdigit(int c);
/* Returns the lower-case letter for an upper-case @c, else @c. */
int tolower(int c);
/* Returns the upper-case letter for a lower-case @c, else @c. */
int toupper(int c);
/* 7-bit ASCII (POSIX, obsolescent). */
int isascii(int c);
int toascii(int c);

#ifdef __cplusplus
}
#endif

#endif
