"""Print a new Ed25519 signing key for LEARNING_CREDENTIAL_KEY (a one-line private JWK)."""

from django.core.management.base import BaseCommand

from learning import credentials


class Command(BaseCommand):
    help = "Print a new private Ed25519 key (JWK) for LEARNING_CREDENTIAL_KEY."
    requires_system_checks = []

    def handle(self, *args, **options):
        self.stdout.write(credentials.new_key_jwk())
