/* Known dates (checked against Python's calendar.timegm): seconds since
 * the epoch and the broken-down UTC time, for the feature and host tests.
 * Leap years around 1900 (not), 2000 (yes), 2100 (not), 1600 (yes); the
 * signed 32-bit limits (2038, 1901), the unsigned one (2106), negative
 * epochs, year 1 and year 9999. */
struct known_date {
	long long t;
	int year, mon, mday, hour, min, sec, wday, yday;
};

static const struct known_date known_dates[] = {
	{ 0LL, 1970, 0, 1, 0, 0, 0, 4, 0 },
	{ -1LL, 1969, 11, 31, 23, 59, 59, 3, 364 },
	{ 951825600LL, 2000, 1, 29, 12, 0, 0, 2, 59 },
	{ 951868800LL, 2000, 2, 1, 0, 0, 0, 3, 60 },
	{ -2203891201LL, 1900, 1, 28, 23, 59, 59, 3, 58 },
	{ -2203891200LL, 1900, 2, 1, 0, 0, 0, 4, 59 },
	{ 4107456000LL, 2100, 1, 28, 0, 0, 0, 0, 58 },
	{ 4107542400LL, 2100, 2, 1, 0, 0, 0, 1, 59 },
	{ 2147483647LL, 2038, 0, 19, 3, 14, 7, 2, 18 },
	{ 2147483648LL, 2038, 0, 19, 3, 14, 8, 2, 18 },
	{ 4294967296LL, 2106, 1, 7, 6, 28, 16, 0, 37 },
	{ -2147483648LL, 1901, 11, 13, 20, 45, 52, 5, 346 },
	{ -11670998400LL, 1600, 1, 29, 0, 0, 0, 2, 59 },
	{ -62135596800LL, 1, 0, 1, 0, 0, 0, 1, 0 },
	{ 253402300799LL, 9999, 11, 31, 23, 59, 59, 5, 364 },
	{ 1735648496LL, 2024, 11, 31, 12, 34, 56, 2, 365 },
	{ -301248000LL, 1960, 5, 15, 8, 0, 0, 3, 166 },
};

#define NKNOWN_DATES (sizeof(known_dates) / sizeof(known_dates[0]))
