try:
    pass
finally
  x :  = 1 isÿ
