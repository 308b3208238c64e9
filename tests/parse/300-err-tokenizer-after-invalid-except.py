try:
 pass
except E, F:]
