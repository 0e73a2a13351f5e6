from .team import identity as _identity  # noqa: F401 - who writes: the models' created_by/updated_by ask it
