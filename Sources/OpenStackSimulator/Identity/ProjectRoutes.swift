import Hummingbird

/// Projects and users a token may see.
struct ProjectRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        // Identity API ref, "Get available project scopes".
        mount.route(router, .get, "/identity/v3/auth/projects", access: .token) { request, world throws(APIError) in
            .json(world.projectsJSON(world.identity.projects(of: request.userID), selfPath: "/identity/v3/auth/projects"))
        }
        // Identity API ref, "List projects for user": only the user themselves (or an admin).
        mount.route(router, .get, "/identity/v3/users/:user_id/projects", access: .token) {
            request, world throws(APIError) in
            let userID = request.parameter("user_id")
            guard userID == request.userID else { throw IdentityRoutes.forbidden("identity:list_user_projects") }
            return .json(world.projectsJSON(world.identity.projects(of: userID), selfPath: request.path))
        }
        // Identity API ref, "Show user details": a user may read their own record.
        mount.route(router, .get, "/identity/v3/users/:user_id", access: .token) { request, world throws(APIError) in
            let userID = request.parameter("user_id")
            guard userID == request.userID else { throw IdentityRoutes.forbidden("identity:get_user") }
            guard let user = world.identity.users[userID] else {
                throw APIError.notFound("Could not find user: \(userID).")
            }
            return .json([
                "user": [
                    "id": .string(user.id), "name": .string(user.name), "domain_id": .string(user.domainID),
                    "enabled": true, "password_expires_at": nil, "options": [:],
                    "links": ["self": .string(request.baseURL + "/identity/v3/users/" + user.id)],
                ]
            ])
        }
        // Identity API ref, "Show project details": members may read their project.
        mount.route(router, .get, "/identity/v3/projects/:project_id", access: .token) {
            request, world throws(APIError) in
            let projectID = request.parameter("project_id")
            guard let project = world.identity.projects[projectID],
                !world.identity.roleIDs(user: request.userID, project: projectID).isEmpty
            else {
                throw IdentityRoutes.forbidden("identity:get_project")
            }
            return .json(["project": world.projectJSON(project)])
        }
    }
}
