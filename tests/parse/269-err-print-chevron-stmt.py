print >>sys.stderr "x"
