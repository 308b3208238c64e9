# As 1384 after a ** argument, the item starting with a keyword constant
# (the first pass reads only it: True '=' is the second pass's check).
print('never')
f(**k, True.z := 1)
