/* Link-time options (docs/architecture.md, "Link-time options").
 *
 * A library declares an option in its manifest (`option NAME TYPE DEFAULT
 * HELP`); the pool build gives it a weak default `uk_opt_NAME`, and
 * `uklink -D NAME=VALUE` a strong one. Code reads it with UK_OPT(NAME) or
 * UK_OPT_STR(NAME); LTO folds whichever definition prevails, so a test of
 * a disabled option costs nothing.
 *
 * Applications declare their own options with UK_APP_OPTION at file scope.
 * Header only, and compiles with gcc and clang alike. */
#ifndef __UK_CONFIG_H__
#define __UK_CONFIG_H__

/* The value of an int or bool option, as a long. */
#define UK_OPT(NAME) \
	({ extern const long uk_opt_##NAME; uk_opt_##NAME; })

/* The value of a str option, as a const char *. */
#define UK_OPT_STR(NAME) \
	({ extern const char uk_opt_##NAME[]; (const char *)uk_opt_##NAME; })

/* Declares an application option NAME of TYPE (bool, int or str) with
 * DEFAULT written as it would be on the uklink command line, unquoted (y, n,
 * 42, -1, 0x10, hello). It defines the weak default and a zero-size marker
 * symbol `__uk_optdecl.NAME.TYPE.DEFAULT` from which uklink learns the
 * declaration (from ELF and bitcode objects alike). The marker sits in
 * section .uk_optdecl, which the platform linker script discards. */
#define UK_APP_OPTION(NAME, TYPE, DEFAULT) \
	_UK_OPTDEF_##TYPE(NAME, DEFAULT) \
	static const char _UK_OPTMARK(NAME)[0] \
	__asm__(_UK_OPTSYM("__uk_optdecl." #NAME "." #TYPE "." #DEFAULT)) \
	__attribute__((used, section(".uk_optdecl")))

#define _UK_OPTDEF_int(NAME, DEFAULT) \
	const long uk_opt_##NAME __attribute__((weak)) = (DEFAULT);
#define _UK_OPTDEF_bool(NAME, DEFAULT) \
	const long uk_opt_##NAME __attribute__((weak)) = _UK_OPTBOOL_##DEFAULT;
#define _UK_OPTDEF_str(NAME, DEFAULT) \
	const char uk_opt_##NAME[] __attribute__((weak)) = #DEFAULT;
#define _UK_OPTBOOL_y 1
#define _UK_OPTBOOL_n 0
#define _UK_OPTBOOL_1 1
#define _UK_OPTBOOL_0 0
#define _UK_OPTMARK(NAME) __uk_optdecl_##NAME
/* gcc hands the label to the assembler as is, which needs quotes around a
 * name with '.' and '-'; clang takes the label as the symbol name. */
#ifdef __clang__
#define _UK_OPTSYM(s) s
#else
#define _UK_OPTSYM(s) "\"" s "\""
#endif

#endif
