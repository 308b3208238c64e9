if x:
# comment
pass
