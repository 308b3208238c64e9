# printf-style zero padding of numbers puts the zeros after the sign (and
# after 0x / 0o with '#'), as format()'s '=' alignment does; '-' wins over
# '0'; strings and %c are padded with spaces.  %a escapes non-ASCII text.
print('%05d|%+05d|%05x|%#06x|%05.1f|%-05d|%05s|%05c|% 05d|%08.3e|%05o|%#08o|%05X' %
      (-42, 42, -255, 255, -2.5, -3, 'ab', 'c', 7, -1.5, -8, 8, 255))
print('%010.2f|%+010.2f|%0-10.2f|%010g|%010d|%03d|%01d' % (3.14159, 3.14159, 3.14159, -1e-7, True, -12345, -1))
n = -7
print('%05d' % n, '%06.2f' % -0.5, '%+06d' % 0, '% 06.1f' % 2.25)
print('%a' % '\xe9t\xe9', '%a' % ('\u20ac',), '%-8a|' % 'x', '%a' % [1, '\xff'])
