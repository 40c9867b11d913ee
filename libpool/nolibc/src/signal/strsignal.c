#include <signal.h>
#include <stdio.h>

static const char *const names[32] = {
	"Unknown signal 0", "Hangup", "Interrupt", "Quit",
	"Illegal instruction", "Trace/breakpoint trap", "Aborted",
	"Bus error", "Floating point exception", "Killed",
	"User defined signal 1", "Segmentation fault",
	"User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
	"Stack fault", "Child exited", "Continued", "Stopped (signal)",
	"Stopped", "Stopped (tty input)", "Stopped (tty output)",
	"Urgent I/O condition", "CPU time limit exceeded",
	"File size limit exceeded", "Virtual timer expired",
	"Profiling timer expired", "Window changed", "I/O possible",
	"Power failure", "Bad system call",
};

/* glibc's texts; real-time signals and others by number. */
char *strsignal(int sig)
{
	static char buf[32];

	if (sig >= 0 && sig < 32)
		return (char *)names[sig];
	if (sig >= SIGRTMIN && sig <= SIGRTMAX)
		snprintf(buf, sizeof(buf), "Real-time signal %d", sig - SIGRTMIN);
	else
		snprintf(buf, sizeof(buf), "Unknown signal %d", sig);
	return buf;
}

void psignal(int sig, const char *msg)
{
	if (msg && *msg)
		fprintf(stderr, "%s: %s\n", msg, strsignal(sig));
	else
		fprintf(stderr, "%s\n", strsignal(sig));
}
