# printf-style formatting: str % args, flags, widths, mappings and errors
print("%d items" % 5, "%5d|%-5d|%05d|%+d" % (42, 42, 42, 42), "%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%s and %r" % ("a", "a"), "%10s|%-10s|" % ("hi", "hi"), "%.2f %e %g %10.3f" % (3.14159, 12345.678, 0.0001, 2.5))
print("%c%c" % (72, "i"), "100%%" % (), "%(name)s is %(age)d" % {"name": "Bob", "age": 7}, "%s" % [1, 2], "%s" % (1,))
print("%d" % 3.99, "%.3s" % "abcdef", "%5.1f%%" % 99.44, "% d" % 5)
for bad in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%y", 1), ("%", 1), ("%x", 1.5)]:
    try:
        bad[0] % bad[1]
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
