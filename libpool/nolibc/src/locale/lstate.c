#include "locale_impl.h"

int _nolibc_utf8;
