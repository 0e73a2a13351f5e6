"""Return visits in the Settings dialog: when a sale brings the customer back on Today, globally and per
product category."""
