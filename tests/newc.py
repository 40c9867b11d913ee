"""Writes cpio "newc" archives (the initrd format) for the tests: from a
directory, as `find . | cpio -o -H newc` would, or entry by entry, so
that tests can also make the broken archives a boot must refuse."""
import os
import stat


def header(name, mode, size, magic=b"070701", check=0, namesize=None,
           ino=0):
    name = name.encode() if isinstance(name, str) else name
    fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, 0, 0,
              len(name) + 1 if namesize is None else namesize, check]
    return magic + b"".join(b"%08X" % f for f in fields)


def pad(b):
    return b + b"\0" * (-len(b) % 4)


def entry(name, data=b"", mode=0o100644, magic=b"070701", check=None,
          namesize=None, ino=0):
    """One entry: header, name, padding, data, padding."""
    raw = name.encode() if isinstance(name, str) else name
    if check is None:
        check = sum(data) & 0xffffffff if magic == b"070702" else 0
    return pad(pad(header(raw, mode, len(data), magic, check, namesize, ino)
                   + raw + b"\0") + data)


def trailer():
    return entry("TRAILER!!!", mode=0)


def archive(entries):
    """entries: (name, data) for files (bytes) or (name, None) for dirs."""
    out = b""
    for i, (name, data) in enumerate(entries, 1):
        if data is None:
            out += entry(name, mode=0o040755, ino=i)
        else:
            out += entry(name, data, ino=i)
    return out + trailer()


def from_dir(root):
    """The archive of a directory tree, names relative to it ("dir/file"),
    sorted, directories before their contents, permissions kept, symbolic
    links as links."""
    out = b""
    ino = 0
    for d, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(d, root)
        for n in sorted(dirs) + sorted(files):
            p = os.path.join(d, n)
            st = os.lstat(p)
            name = n if rel == "." else f"{rel}/{n}"
            ino += 1
            if stat.S_ISLNK(st.st_mode):
                out += entry(name, os.readlink(p).encode(), mode=st.st_mode,
                             ino=ino)
            elif stat.S_ISDIR(st.st_mode):
                out += entry(name, mode=st.st_mode, ino=ino)
            else:
                with open(p, "rb") as f:
                    out += entry(name, f.read(), mode=st.st_mode, ino=ino)
    return out + trailer()
