/* proc.h: subprocesses, fork/exec without a shell (proc.c). */
#ifndef UKLINK_PROC_H
#define UKLINK_PROC_H

#include <stdio.h>

/* Exit status of a finished child; 128+N for a signal. */
int status_of(int waitstatus);
/* Start argv with stdout/stderr on out_fd/err_fd (-1: inherit); returns
 * the pid or -1 (errno set) if it cannot be executed. */
int spawn(char *const argv[], int out_fd, int err_fd);
/* The same with stdin on in_fd (-1: inherit). */
int spawn3(char *const argv[], int in_fd, int out_fd, int err_fd);
int wait_child(int pid);
int run_wait(char *const argv[]); /* exit status, or -1 on spawn error */
/* Start argv with stdout and stderr on two new pipes, whose read ends
 * (close-on-exec) go to *out and *err. Returns the pid; -1 with errno set
 * if the pipes could not be made (*out and *err are -1 then) or argv
 * could not be executed (the read ends are open then, at EOF). */
int spawn_piped(char *const argv[], int *out, int *err);
/* The same with stdin on in_fd (-1: inherit). */
int spawn_piped3(char *const argv[], int in_fd, int *out, int *err);
/* Run argv, collecting its stdout and stderr (NUL-terminated, owned). */
int run_capture2(char *const argv[], char **out, char **err);
/* Print argv shell-quoted on one line, after prefix. */
void print_cmd(FILE *f, const char *prefix, char *const argv[]);

#endif
