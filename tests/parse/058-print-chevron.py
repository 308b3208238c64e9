import sys
print >> sys.stderr, "hello"
