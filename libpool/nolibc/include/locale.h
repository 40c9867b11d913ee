/* Locales (C11 7.11): "C" and "C.UTF-8" (docs/nolibc.md), glibc's
 * category numbers and struct lconv. */
#ifndef _LOCALE_H
#define _LOCALE_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define LC_CTYPE		0
#define LC_NUMERIC		1
#define LC_TIME			2
#define LC_COLLATE		3
#define LC_MONETARY		4
#define LC_MESSAGES		5
#define LC_ALL			6
#define LC_PAPER		7
#define LC_NAME			8
#define LC_ADDRESS		9
#define LC_TELEPHONE		10
#define LC_MEASUREMENT		11
#define LC_IDENTIFICATION	12

struct lconv {
	char *decimal_point, *thousands_sep, *grouping, *int_curr_symbol;
	char *currency_symbol, *mon_decimal_point, *mon_thousands_sep;
	char *mon_grouping, *positive_sign, *negative_sign;
	char int_frac_digits, frac_digits, p_cs_precedes, p_sep_by_space;
	char n_cs_precedes, n_sep_by_space, p_sign_posn, n_sign_posn;
	char int_p_cs_precedes, int_p_sep_by_space, int_n_cs_precedes;
	char int_n_sep_by_space, int_p_sign_posn, int_n_sign_posn;
};

/* Sets category @cat (LC_ALL: every one) to @name: "C" or "POSIX",
 * "C.UTF-8" (or any NAME.UTF-8, "C.utf8"...), "" for the environment
 * (LC_ALL, LC_<category>, LANG); NULL only asks. The locale's name, or
 * NULL (unknown name: nothing changes). Only LC_CTYPE changes behaviour:
 * in C.UTF-8 multibyte characters are UTF-8, in C each byte is one. */
char *setlocale(int cat, const char *name);
/* The C locale's conventions ("." and nothing else). */
struct lconv *localeconv(void);

#ifdef __cplusplus
}
#endif

#endif
