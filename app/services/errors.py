"""Errors a person reads. Every message names the thing that is wrong and,
where it helps, what to do; the CLI and GUI show them as they are."""


class ServiceError(Exception):
    """Base of every error the user may see."""


class NotFound(ServiceError):
    pass


class Ambiguous(ServiceError):
    pass


class InvalidValue(ServiceError):
    pass
