import pytest
from tests.watch.server import LocalServer


@pytest.fixture
def server():
    srv = LocalServer().start()
    yield srv
    srv.stop()
