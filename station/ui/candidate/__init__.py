"""The candidate kiosk: every screen of a sitting, from the locked station to the receipt."""
