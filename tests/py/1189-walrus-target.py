# A statement whose target is not a name: python3 names what it is;
# in a call's arguments it is plain invalid syntax.
print('never')
x = [0]
x[0] := 1
