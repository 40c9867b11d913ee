"""The one true awk (docs/apps.md): a program over an input file, both
from the initrd; output equal to the native build's."""
from corpus import program, same_as_native

PROG = rb"""
BEGIN { FS = ":" }
{ n[$1]++; sum[$1] += $2; words += NF; line[NR] = $0 }
length($3) > 3 { long++ }
END {
    for (k in n) keys[++m] = k
    for (i = 1; i <= m; i++)            # insertion sort: deterministic
        for (j = i; j > 1 && keys[j - 1] > keys[j]; j--) {
            t = keys[j]; keys[j] = keys[j - 1]; keys[j - 1] = t
        }
    for (i = 1; i <= m; i++)
        printf "%-8s %4d %10.3f %s\n", keys[i], n[keys[i]],
            sum[keys[i]] / n[keys[i]], toupper(substr(keys[i], 1, 2))
    printf "records %d fields %d long %d\n", NR, words, long
    s = line[NR]; gsub(/[aeiou]/, "#", s); print s
    print sprintf("%c%c%c", 65, 119, 107), index("unikernel", "kern"), 2 ^ 10, int(-3.7)
    split("b a c", parts, " "); print parts[1] parts[3], length(parts)
}
"""


def rows(n):
    names = ["alpha", "beta", "gamma", "delta", "epsilon"]
    return b"".join(b"%s:%d.%d:%s\n" % (names[i % 5].encode(), i * 7 % 101,
                                         i % 10, b"x" * (i % 6))
                    for i in range(n))


awk = program("awk", "awk")


def test_program_over_file(awk, tmp_path):
    got, _ = same_as_native(awk, ["-f", "prog.awk", "input.txt"], tmp_path,
                            {"prog.awk": PROG, "input.txt": rows(2000)})
    assert b"records 2000" in got.stdout
