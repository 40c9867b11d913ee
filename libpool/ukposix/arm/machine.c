/* uname's machine field on this architecture (Linux's name for it:
 * an ARMv7 CPU in 32-bit mode). */
const char _ukposix_machine[] = "armv7l";
