/* uname's machine field on this architecture (Linux's name for it). */
const char _ukposix_machine[] = "x86_64";
