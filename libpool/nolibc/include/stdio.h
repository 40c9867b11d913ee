/* Input/output (C11 7.21, POSIX). stdout is line buffered (flushed on
 * '\n', on exit() and before reading stdin); stderr is unbuffered;
 * both go to the platform console (through the fd table when vfscore is
 * linked). Streams on files (fopen, fdopen, tmpfile) are fully buffered
 * (4 KiB) and flushed by exit(). A FILE starts with glibc's layout
 * (<uk/glibc_file.h>), so objects compiled against glibc's <stdio.h>
 * run their inline getc/putc on it. */
#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EOF	(-1)
/* glibc's value: the size setbuf() assumes. */
#define BUFSIZ	8192
#define FILENAME_MAX	4096
#define FOPEN_MAX	16
#define L_tmpnam	20
#define TMP_MAX		238328
#define P_tmpdir	"/tmp"
/* setvbuf() modes (glibc's values). */
#define _IOFBF	0
#define _IOLBF	1
#define _IONBF	2

typedef struct _nolibc_file FILE;
/* A file position (glibc's size: the offset, then a conversion state). */
typedef struct { long long __pos; char __state[8]; } fpos_t;

extern FILE *stdin;
extern FILE *stdout;
extern FILE *stderr;
#define stdin	stdin
#define stdout	stdout
#define stderr	stderr

/* Formatted output. Flags "-+ #0", width and precision (also '*'), length
 * modifiers hh h l ll z j t L, conversions d i u o x X c s p % and
 * f F e E g G. printf-like functions return the number of bytes written
 * (for snprintf: that would have been written), or a negative value on
 * error. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int sprintf(char *buf, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Writes at most @size - 1 bytes and a NUL (if @size > 0). */
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vprintf(const char *fmt, va_list ap);
int vfprintf(FILE *f, const char *fmt, va_list ap);
int vsprintf(char *buf, const char *fmt, va_list ap);
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
/* newlib's integer-only snprintf and vsnprintf: as above, but a double
 * conversion prints '?' (its argument is consumed), and they link no
 * float code. For kernel messages. */
int sniprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int vsniprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* Writes @s and a newline to stdout; returns >= 0, or EOF on error. */
int puts(const char *s);
/* Writes @s to @f; returns >= 0, or EOF on error. */
int fputs(const char *s, FILE *f);
/* Write (unsigned char)@c; return it, or EOF on error. */
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
/* Writes @n items of @size bytes; returns the number of items written. */
size_t fwrite(const void *p, size_t size, size_t n, FILE *f);
/* Writes out @f's buffer (every stream when @f is NULL); 0 or EOF. */
int fflush(FILE *f);

/* Formatted input from a string: conversions d i u o x X p f e g a s c [
 * n %, '*', widths, lengths hh h l ll j z t L. Returns the number of
 * assignments, or EOF if the input ends before the first one. */
int sscanf(const char *s, const char *fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int vsscanf(const char *s, const char *fmt, va_list ap);
/* The same from a stream (one byte of push-back: see ungetc). */
int fscanf(FILE *f, const char *fmt, ...)
	__attribute__((format(scanf, 2, 3)));
int scanf(const char *fmt, ...) __attribute__((format(scanf, 1, 2)));
int vfscanf(FILE *f, const char *fmt, va_list ap);
int vscanf(const char *fmt, va_list ap);

/* printf to a file descriptor (unbuffered). */
int dprintf(int fd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *fmt, va_list ap);
/* printf into a new malloc()ed string *@out: its length, or -1 (no
 * memory). */
int asprintf(char **out, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vasprintf(char **out, const char *fmt, va_list ap);

#define SEEK_SET	0
#define SEEK_CUR	1
#define SEEK_END	2

/* Opens @path (docs/vfs.md) with @mode "r", "w", "a", "r+", "w+" or "a+"
 * (other letters, 'b' or 't', ignored as glibc does; 'x': fail if it
 * exists, 'e': O_CLOEXEC): the stream, or NULL with errno set (EINVAL
 * for a bad mode). */
FILE *fopen(const char *path, const char *mode);
/* A stream on the open @fd (the mode is not checked against the fd's). */
FILE *fdopen(int fd, const char *mode);
/* Reopens @f on @path with @mode, keeping its fd number (so that
 * freopen(..., stdin) makes fd 0 the file); a NULL @path fails (EBADF).
 * On failure @f is closed. */
FILE *freopen(const char *path, const char *mode, FILE *f);
/* Writes out @f's buffer, closes its fd and frees it; 0 or EOF. */
int fclose(FILE *f);
/* The fd under @f. */
int fileno(FILE *f);
/* Buffering, before or between operations (pending output is written):
 * @mode _IOFBF, _IOLBF with @buf of @size bytes (NULL: malloc()ed), or
 * _IONBF. setbuf(f, buf) is setvbuf(f, buf, _IOFBF, BUFSIZ), or _IONBF
 * when @buf is NULL. 0, or -1 for a bad mode. */
int setvbuf(FILE *f, char *buf, int mode, size_t size);
void setbuf(FILE *f, char *buf);
void setbuffer(FILE *f, char *buf, size_t size);
void setlinebuf(FILE *f);
/* Memory streams: on @size bytes at @buf (NULL: a buffer of ours, freed
 * at fclose), "r" reads all @size, "w" starts empty, "a" at the first
 * NUL; writes stop at @size; a NUL ends what was written where there is
 * room. open_memstream's buffer grows, and after each fflush or fclose
 * *@bufp and *@sizep tell where it is and how much it holds (NUL-ended;
 * the caller frees it). */
FILE *fmemopen(void *buf, size_t size, const char *mode);
FILE *open_memstream(char **bufp, size_t *sizep);
/* A new file, open "w+", removed when closed (lives in /tmp). */
FILE *tmpfile(void);
/* A name in /tmp no file has (@s: L_tmpnam bytes, or NULL for a static
 * buffer). */
char *tmpnam(char *s);
/* popen() fails with ENOSYS and says so on stderr: a unikernel runs no
 * other program. pclose() fails with ECHILD. */
FILE *popen(const char *cmd, const char *mode);
int pclose(FILE *f);
/* Prints "@msg: strerror(errno)" (or only the latter) on stderr. */
void perror(const char *msg);
/* Removes the file (unlink) or empty directory (rmdir) @path. */
int remove(const char *path);
/* Renames @old to @new, replacing @new if it exists (docs/vfs.md). */
int rename(const char *old, const char *new_);

/* Reads @n items of @size bytes; returns the number of whole items.
 * stdin is the console: reading it flushes stdout first and waits for
 * input; it ends only where the console's input does (linuxu: end of
 * file on the process's fd 0). End of file is sticky until clearerr(). */
size_t fread(void *p, size_t size, size_t n, FILE *f);
/* Reads a line (up to @n - 1 bytes, '\n' included) into @s, NUL-ended:
 * @s, or NULL at end of file with nothing read, or on error. */
char *fgets(char *s, int n, FILE *f);
/* The next byte as an unsigned char, or EOF. */
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
/* Pushes @c back onto @f: the next read returns it. One byte is always
 * possible; @c, or EOF. */
int ungetc(int c, FILE *f);
/* Reads up to and including @delim (getline: '\n') into *@line, a
 * malloc()ed buffer of *@cap bytes grown as needed; the length, or -1 at
 * end of file or on error. */
ssize_t getdelim(char **line, size_t *cap, int delim, FILE *f);
ssize_t getline(char **line, size_t *cap, FILE *f);
/* Moves @f's offset (writing out its buffer first): 0 or -1 (errno).
 * C asks for one of these (or fflush) between reading and writing an
 * update stream: bytes read ahead are dropped when writing starts. */
int fseek(FILE *f, long off, int whence);
int fseeko(FILE *f, off_t off, int whence);
long ftell(FILE *f);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *f, fpos_t *pos);
int fsetpos(FILE *f, const fpos_t *pos);
/* The end-of-file and error indicators: non-zero when set. */
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);

/* The *_unlocked names are the functions above (streams take no locks). */
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int fgetc_unlocked(FILE *f);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
int fputc_unlocked(int c, FILE *f);
size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f);
size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f);
char *fgets_unlocked(char *s, int n, FILE *f);
int fputs_unlocked(const char *s, FILE *f);
int feof_unlocked(FILE *f);
int ferror_unlocked(FILE *f);
void clearerr_unlocked(FILE *f);
int fflush_unlocked(FILE *f);
int fileno_unlocked(FILE *f);

/* glibc's entry points for its inline getc/putc/getline (ABI). */
int __uflow(FILE *f);
int __overflow(FILE *f, int c);
ssize_t __getdelim(char **line, size_t *cap, int delim, FILE *f);

#ifdef __cplusplus
}
#endif

#endif
