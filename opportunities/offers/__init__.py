"""Company offers (stage de 3e, visits, masterclasses…), their dated sessions, the /offres/ listing."""
