x = yaeld = 1
